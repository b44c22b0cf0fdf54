#!/usr/bin/env python3
"""Saves stories through the gateway at a fixed rate and times each from its save to its mapping being readable
(GET /api/stories/{id}/mapping, which the matrix reads too, looked at every --poll seconds: the figure is that
coarse), then deletes it so the bank stays under its limit. A failed save is counted, not retried.

usage: story_load.py [--gateway URL] [--rate N] [--duration S] [--warmup S] [--words N]
"""
import argparse, json, threading, time, urllib.request, urllib.error

STORY = ("Last spring I ran the night shift at a small parcel depot, twelve people and two vans. Head office wanted "
         "us to hire two more loaders for peak season, which would have cost about 4,000 pounds a month. I timed each "
         "job with a stopwatch for a week and found that loaders spent almost a third of the shift walking to the far "
         "end of the yard to fetch empty cages. I asked the day supervisor to keep twenty empty cages next to the belt "
         "and moved them myself before each shift, and I swapped the order of the two van runs. I told my manager I "
         "would rather try this for a month before we hired anyone. Peak went through with the same twelve people, "
         "overtime dropped from about 60 hours a week to 15, and head office cancelled the two hires. ")


def call(method, url, token=None, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header('Content-Type', 'application/json')
    if token:
        req.add_header('Authorization', 'Bearer ' + token)
    with urllib.request.urlopen(req, timeout=30) as r:
        raw = r.read()
        return r.status, (json.loads(raw) if raw else None)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--gateway', default='http://localhost:8080')
    p.add_argument('--rate', type=float, default=5)
    p.add_argument('--duration', type=float, default=60)
    p.add_argument('--warmup', type=float, default=10)
    p.add_argument('--words', type=int, default=300)
    p.add_argument('--poll', type=float, default=0.2, help='seconds between two looks at a story\'s mapping')
    a = p.parse_args()
    words = (STORY * 10).split()[:a.words]
    token = call('POST', a.gateway + '/api/auth/token', body={'username': 'candidate2',
                                                              'password': 'candidate2-local'})[1]['access_token']
    results, lock, threads = [], threading.Lock(), []

    failed = []

    def one(n, started_run):
        text = ' '.join(words) + f' (run {n})'
        t0 = time.monotonic()
        try:
            sid = call('POST', a.gateway + '/api/stories', token, {'title': f'Load story {n}', 'text': text})[1]['id']
        except urllib.error.HTTPError as e:
            with lock:
                failed.append(e.code)
            return
        while True:
            try:
                call('GET', f'{a.gateway}/api/stories/{sid}/mapping', token)
                break
            except urllib.error.HTTPError as e:
                if e.code != 404:
                    raise
                time.sleep(a.poll)
        elapsed = time.monotonic() - t0
        call('DELETE', f'{a.gateway}/api/stories/{sid}', token)
        with lock:
            results.append((t0 - started_run, elapsed))

    start = time.monotonic()
    n = 0
    while time.monotonic() - start < a.warmup + a.duration:
        due = start + n / a.rate
        time.sleep(max(0, due - time.monotonic()))
        t = threading.Thread(target=one, args=(n, start))
        t.start()
        threads.append(t)
        n += 1
    for t in threads:
        t.join()
    measured = sorted(e for s, e in results if s >= a.warmup)
    q = lambda f: measured[min(len(measured) - 1, int(f * len(measured)))] * 1000
    print(f'offered {a.rate}/s for {a.duration:.0f} s after {a.warmup:.0f} s warm-up; {len(results)} of {n} stories '
          f'mapped; measured {len(measured)}: save -> mapping readable p50 {q(0.5):.0f} ms, p95 {q(0.95):.0f} ms, '
          f'p99 {q(0.99):.0f} ms, max {measured[-1] * 1000:.0f} ms; saves refused: {len(failed)}')


if __name__ == '__main__':
    main()
