export { notifyNobody as notifyNothing, type Notify, type NotificationInput } from '../../kernel/notify.js';
