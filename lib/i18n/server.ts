import 'server-only';

export { getT } from './translate';
