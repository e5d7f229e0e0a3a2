// webpack's infrastructure logger at its most verbose level (https://webpack.js.org/configuration/other-options/#infrastructurelogging)
const path = require('path');
module.exports = {
  mode: 'development',
  context: path.resolve(process.env.W),
  entry: './index.js',
  output: { path: path.resolve(process.env.W, 'dist-webpack') },
  cache: { type: 'filesystem', cacheDirectory: path.resolve(process.env.W, '.wpcache') },
  infrastructureLogging: { level: 'verbose', debug: true },
  stats: 'none',
};
