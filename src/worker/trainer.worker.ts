import { expose } from 'comlink';
import { createTrainerApi } from './trainer-api.ts';

expose(createTrainerApi());
