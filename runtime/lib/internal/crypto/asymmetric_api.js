'use strict';
// The public names of node:crypto's asymmetric half (see crypto.js).

const {
  KeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
} = require('internal/crypto/keys');
const {
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
} = require('internal/crypto/keygen');
const {
  Sign,
  Verify,
  createSign,
  createVerify,
  sign,
  verify,
} = require('internal/crypto/sig');
const {
  publicEncrypt,
  publicDecrypt,
  privateEncrypt,
  privateDecrypt,
} = require('internal/crypto/rsa_cipher');
const {
  ECDH,
  createECDH,
  diffieHellman,
  getCurves,
} = require('internal/crypto/ecdh');
const {
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman,
} = require('internal/crypto/diffiehellman');

module.exports = {
  KeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  Sign,
  Verify,
  createSign,
  createVerify,
  sign,
  verify,
  publicEncrypt,
  publicDecrypt,
  privateEncrypt,
  privateDecrypt,
  ECDH,
  createECDH,
  diffieHellman,
  getCurves,
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman,
};
