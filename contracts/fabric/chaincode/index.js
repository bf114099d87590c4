'use strict';
// SigningRegistry chaincode: the Fabric counterpart of contracts/evm/SigningRegistry.sol.
module.exports.SigningRegistry = require('./lib/signing-registry');
module.exports.contracts = [module.exports.SigningRegistry];
