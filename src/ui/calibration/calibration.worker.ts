import { expose } from 'comlink';
import { calibrationApi } from './calibration-api.ts';

expose(calibrationApi);
