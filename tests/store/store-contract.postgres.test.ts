/**
 * The store's contract against the CI PostgreSQL (127.0.0.1:5432, trust): each test gets a
 * fresh database `rowforge_store_<random>`, dropped afterwards. A missing server fails.
 */
import { describeStoreContract } from '../../packages/store/src/testing/store-contract.js';

describeStoreContract('postgres');
