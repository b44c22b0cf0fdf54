// Server-Sent Events with the browser's EventSource. EventSource reconnects by itself after a dropped connection and
// sends Last-Event-ID, so the server replays exactly what was missed. If the browser gives up (the stream answered
// with an error), a new EventSource starts from the beginning and the events already shown are skipped by id:
// either way nothing is missed and nothing is shown twice.

export const SESSION_EVENTS = ['question-asked', 'answer-submitted', 'answer-evaluated', 'answer-failed',
  'follow-up-asked', 'session-completed', 'interviewer-note-added', 'score-overridden'];

/**
 * @param url       the stream
 * @param onEvent   (name, data, id) for each new event
 * @param onState   (state, reopened): 'connecting' | 'live' | 'reconnecting' | 'closed'; reopened: live again after a drop
 * @param options   names: event names to listen to; key: (name, data, id) => dedupe key (null: never a duplicate)
 */
export function openStream(url, onEvent, onState = () => {}, options = {}) {
  const names = options.names || SESSION_EVENTS;
  const seen = new Set();
  let lastId = 0;
  let source = null;
  let stopped = false;
  let retry = null;
  let failures = 0;
  let opened = false;

  function deliver(name, event) {
    const id = Number(event.lastEventId || 0);
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (options.key) {
      const key = options.key(name, data, id);
      if (key !== null && key !== undefined) {
        if (seen.has(key)) return;
        seen.add(key);
      }
    } else if (id) {
      if (id <= lastId) return;
      lastId = id;
    }
    onEvent(name, data, id);
  }

  function connect() {
    if (stopped) return;
    onState(failures ? 'reconnecting' : 'connecting');
    source = new EventSource(url);
    source.onopen = () => {
      failures = 0;
      onState('live', opened);
      opened = true;
    };
    source.onerror = () => {
      if (stopped) return;
      failures += 1;
      if (source.readyState === EventSource.CLOSED) {
        // the browser will not retry this one: start a new stream after a pause that grows with each failure
        onState('reconnecting');
        retry = setTimeout(connect, Math.min(30000, 1000 * 2 ** Math.min(failures, 5)));
      } else {
        onState('reconnecting');
      }
    };
    for (const name of names) {
      source.addEventListener(name, (event) => deliver(name, event));
    }
  }

  connect();
  return {
    close() {
      stopped = true;
      clearTimeout(retry);
      if (source) source.close();
      onState('closed');
    },
    get lastEventId() {
      return lastId;
    },
  };
}
