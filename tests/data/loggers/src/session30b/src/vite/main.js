import { gruss } from './gruss.js'
import './grüße.css'
document.querySelector('#app').textContent = gruss('Köln')
if (import.meta.hot) import.meta.hot.accept()
