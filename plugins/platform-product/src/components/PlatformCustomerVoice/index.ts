export { PlatformCustomerVoice } from './PlatformCustomerVoice';
