import { describeStoreContract } from './testing/store-contract.js';

describeStoreContract('pglite');
