export { platformProductPlugin as default } from './plugin';
