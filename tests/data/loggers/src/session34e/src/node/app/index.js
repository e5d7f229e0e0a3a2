// a tiny shop module for esbuild and webpack
import { total } from './orders.js';
console.log('Café Zoë in 東京', total([1001, 1002]));
if (typeof window == 'undefinde') console.log('C:\\shop\\orders');
