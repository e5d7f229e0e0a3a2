// webpack-dev-server with defaults (infrastructure logging at info), development mode; a proxy to a port
// where nothing listens, and the HMR plugin added by hand (which dev-server warns about).
const path = require('path');
const webpack = require('webpack');
module.exports = {
  mode: 'development',
  entry: './src/index.js',
  output: { path: path.resolve(__dirname, 'dist'), filename: 'main.js' },
  plugins: [new webpack.HotModuleReplacementPlugin()],
  devServer: {
    host: '127.0.0.1',
    port: 18435,
    static: false,
    hot: true,
    proxy: [{ context: ['/api'], target: 'http://127.0.0.1:9' }],
  },
};
