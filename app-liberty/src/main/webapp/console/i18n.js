// The console's labels in Russian and English; the browser's languages decide (navigator.languages),
// English when none of them is Russian.
const DICTIONARY = {
  en: {
    'console.title': 'WB Assist — operations',
    'login.user': 'User',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.refused': 'Wrong user or password.',
    'login.wait': 'Too many attempts: try again in {0} s.',
    'login.out': 'Signed out.',
    'logout': 'Sign out',
    'cabinets.title': 'Cabinets',
    'cabinets.none': 'No cabinets yet.',
    'col.shop': 'Shop',
    'col.status': 'Status',
    'col.lastSync': 'Last sync',
    'col.nextSync': 'Next sync',
    'col.lag': 'Lag',
    'col.lastError': 'Last error',
    'col.members': 'Members',
    'col.tokenExpires': 'Token expires',
    'col.kind': 'Kind',
    'col.started': 'Started',
    'col.finished': 'Finished',
    'col.rows': 'Rows',
    'col.error': 'Error',
    'col.type': 'Notification',
    'col.seller': 'Seller',
    'col.delivery': 'Delivery',
    'col.attempts': 'Attempts',
    'col.detected': 'Detected',
    'charts.title': 'The last 24 hours',
    'charts.syncs': 'Syncs per hour',
    'charts.flow': 'Events and notifications per hour',
    'charts.lag': 'Dispatch lag, seconds',
    'series.syncs': 'syncs',
    'series.failedSyncs': 'failed syncs',
    'series.events': 'events',
    'series.sent': 'sent',
    'series.failed': 'given up',
    'series.averageLag': 'average',
    'series.longestLag': 'longest',
    'cabinet.back': '← All cabinets',
    'cabinet.facts': 'Cabinet',
    'cabinet.progress': 'Sync under way',
    'cabinet.idle': 'No sync is running.',
    'cabinet.runningRows': '{0} % · {1} · {2} rows',
    'cabinet.syncNow': 'Sync now',
    'cabinet.cancel': 'Stop this sync',
    'cabinet.cancelAsked': 'Asked to stop: it stops between pages.',
    'cabinet.syncAsked': 'Sync started.',
    'cabinet.runs': 'Sync runs',
    'cabinet.notifications': 'Recent notifications',
    'cabinet.requeueAll': 'Re-queue all given-up',
    'cabinet.requeue': 'Re-queue',
    'cabinet.requeued': 'Re-queued: {0}.',
    'cabinet.noRuns': 'No runs yet.',
    'cabinet.noNotifications': 'No notifications yet.',
    'live.sse': 'live (Server-Sent Events)',
    'live.poll': 'live (polling every second)',
    'error.load': 'Could not load: {0}',
    'never': '—',
    'running': 'running',
    'cancelAsked': 'stop asked',
    'status.SYNCING': 'first sync',
    'status.READY': 'ready',
    'status.TOKEN_REJECTED': 'token refused',
    'status.TOKEN_UNREADABLE': 'token unreadable',
    'kind.PRIMARY': 'primary',
    'kind.INCREMENTAL': 'incremental',
    'delivery.PENDING': 'pending',
    'delivery.SENT': 'sent',
    'delivery.FAILED': 'given up',
    'unit.s': 's',
    'unit.min': 'min',
    'unit.h': 'h',
  },
  ru: {
    'console.title': 'WB Assist — операции',
    'login.user': 'Пользователь',
    'login.password': 'Пароль',
    'login.submit': 'Войти',
    'login.refused': 'Неверный пользователь или пароль.',
    'login.wait': 'Слишком много попыток: повторите через {0} с.',
    'login.out': 'Вы вышли.',
    'logout': 'Выйти',
    'cabinets.title': 'Кабинеты',
    'cabinets.none': 'Кабинетов пока нет.',
    'col.shop': 'Магазин',
    'col.status': 'Статус',
    'col.lastSync': 'Последняя синхронизация',
    'col.nextSync': 'Следующая',
    'col.lag': 'Отставание',
    'col.lastError': 'Последняя ошибка',
    'col.members': 'Участники',
    'col.tokenExpires': 'Токен истекает',
    'col.kind': 'Вид',
    'col.started': 'Начало',
    'col.finished': 'Конец',
    'col.rows': 'Строк',
    'col.error': 'Ошибка',
    'col.type': 'Уведомление',
    'col.seller': 'Продавец',
    'col.delivery': 'Доставка',
    'col.attempts': 'Попыток',
    'col.detected': 'Обнаружено',
    'charts.title': 'Последние 24 часа',
    'charts.syncs': 'Синхронизации в час',
    'charts.flow': 'События и уведомления в час',
    'charts.lag': 'Задержка отправки, секунды',
    'series.syncs': 'синхронизации',
    'series.failedSyncs': 'с ошибкой',
    'series.events': 'события',
    'series.sent': 'отправлено',
    'series.failed': 'не доставлено',
    'series.averageLag': 'в среднем',
    'series.longestLag': 'наибольшая',
    'cabinet.back': '← Все кабинеты',
    'cabinet.facts': 'Кабинет',
    'cabinet.progress': 'Идёт синхронизация',
    'cabinet.idle': 'Синхронизация не идёт.',
    'cabinet.runningRows': '{0} % · {1} · строк: {2}',
    'cabinet.syncNow': 'Синхронизировать',
    'cabinet.cancel': 'Остановить',
    'cabinet.cancelAsked': 'Остановка запрошена: между страницами.',
    'cabinet.syncAsked': 'Синхронизация запущена.',
    'cabinet.runs': 'Синхронизации',
    'cabinet.notifications': 'Последние уведомления',
    'cabinet.requeueAll': 'Повторить все недоставленные',
    'cabinet.requeue': 'Повторить',
    'cabinet.requeued': 'Поставлено в очередь: {0}.',
    'cabinet.noRuns': 'Синхронизаций пока не было.',
    'cabinet.noNotifications': 'Уведомлений пока нет.',
    'live.sse': 'в реальном времени (Server-Sent Events)',
    'live.poll': 'в реальном времени (опрос раз в секунду)',
    'error.load': 'Не удалось загрузить: {0}',
    'never': '—',
    'running': 'идёт',
    'cancelAsked': 'остановка запрошена',
    'status.SYNCING': 'первая синхронизация',
    'status.READY': 'готов',
    'status.TOKEN_REJECTED': 'токен отклонён',
    'status.TOKEN_UNREADABLE': 'токен не читается',
    'kind.PRIMARY': 'первичная',
    'kind.INCREMENTAL': 'обычная',
    'delivery.PENDING': 'в очереди',
    'delivery.SENT': 'отправлено',
    'delivery.FAILED': 'не доставлено',
    'unit.s': 'с',
    'unit.min': 'мин',
    'unit.h': 'ч',
  },
};

function chooseLanguage() {
  const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  for (const tag of wanted) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (DICTIONARY[base]) {
      return base;
    }
  }
  return 'en';
}

export const lang = chooseLanguage();

/** The label of {@code key} in the page's language, {0}, {1}… replaced by the arguments. */
export function t(key, ...args) {
  const text = DICTIONARY[lang][key] ?? DICTIONARY.en[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** Fills every element marked data-i18n with its label, and the page's lang and title. */
export function applyLabels(root = document) {
  document.documentElement.lang = lang;
  document.title = t('console.title');
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
}

const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' });

/** An ISO instant from the API as a local date and time; a dash for none. */
export function when(iso) {
  return iso ? dateTime.format(new Date(iso)) : t('never');
}

/** A span of seconds in the largest units that read well: "2 h 5 min", "45 s". */
export function span(seconds) {
  const s = Math.round(Number(seconds) || 0);
  if (s < 60) {
    return `${s} ${t('unit.s')}`;
  }
  if (s < 3600) {
    return `${Math.floor(s / 60)} ${t('unit.min')} ${s % 60} ${t('unit.s')}`;
  }
  return `${Math.floor(s / 3600)} ${t('unit.h')} ${Math.floor((s % 3600) / 60)} ${t('unit.min')}`;
}

/** A number in the page's language: 1 234 567 / 1,234,567. */
export function count(n) {
  return new Intl.NumberFormat(lang).format(n);
}
