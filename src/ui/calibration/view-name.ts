/** The calibration view's name in the page's header: a file of its own, so the first bundle takes only this string of the view. */
import { messages } from '../../i18n/i18n.ts';

export const CALIBRATION_VIEW = messages({
  name: { zh: '从话务记录校准', en: 'From a call log' },
});
