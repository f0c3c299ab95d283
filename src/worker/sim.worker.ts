import { expose } from 'comlink';
import { simApi } from './api.ts';

expose(simApi);
