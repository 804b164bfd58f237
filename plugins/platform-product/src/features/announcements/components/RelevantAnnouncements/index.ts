export { RelevantAnnouncements } from './RelevantAnnouncements';
