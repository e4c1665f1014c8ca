export { notifyNobody, type Notify, type NotificationInput } from '../../kernel/notify.js';
