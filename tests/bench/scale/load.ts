/**
 * The API load: for one endpoint, sequential requests to the server and to the floor in turn
 * (server, floor, server, floor …), so that whatever else the shared machine does at a moment
 * falls on both alike.
 */
import type { HttpClient } from './http-client.ts';

export type LoadRequest = { path: string; method?: string; headers?: Record<string, string>; body?: string };

export type Endpoint = {
  /** The recorded queries' name, which is also the floor's path. */
  name: string;
  /** The i-th request to the server (a write goes to another measure each time). */
  request: (i: number) => LoadRequest;
  /** A read: the same request may be sent several times in a round (see serverRequestsPerRound). */
  read?: boolean;
};

/**
 * Where the floor takes far longer than the server (the plan: seconds against milliseconds), a
 * round of one request each would leave the server's p95 resting on a handful of samples, that is
 * on its slowest one. A read is then sent to the server as many times as fit in the floor's time,
 * up to this many per round, still interleaved with the floor.
 */
const MAX_SERVER_REQUESTS_PER_ROUND = 5;

export type LoadSettings = {
  warmUp: number;
  requests: number;
  /** Stop sooner once this much time went into an endpoint, but not before minRequests rounds. */
  maxMs: number;
  minRequests: number;
};

export type EndpointTimes = { server: number[]; floor: number[]; serverBytes: number; floorBytes: number };

export async function loadEndpoint(http: HttpClient, urls: { server: string; floor: string }, endpoint: Endpoint, settings: LoadSettings): Promise<EndpointTimes> {
  const times: EndpointTimes = { server: [], floor: [], serverBytes: 0, floorBytes: 0 };
  const started = performance.now();
  const total = settings.warmUp + settings.requests;
  let perRound = 1;
  for (let i = 0; i < total; i++) {
    const warmingUp = i < settings.warmUp;
    // A slow endpoint gets fewer requests: warm-up stops at a quarter of the time, measuring at all of it.
    const spent = performance.now() - started;
    if (warmingUp && spent > settings.maxMs / 4) {
      i = settings.warmUp - 1;
      continue;
    }
    if (!warmingUp && spent > settings.maxMs && times.floor.length >= settings.minRequests) break;

    const { path, ...init } = endpoint.request(i);
    const serverTimes: number[] = [];
    for (let k = 0; k < (endpoint.read ? perRound : 1); k++) {
      const server = await http.request(`${urls.server}${path}`, init);
      if (server.status >= 300) throw new Error(`${init.method ?? 'GET'} ${path} answered ${server.status}: ${server.body.slice(0, 300)}`);
      serverTimes.push(server.ms);
      times.serverBytes = server.bytes;
    }
    const floor = await http.request(`${urls.floor}/${endpoint.name}`);
    if (floor.status !== 200) throw new Error(`the floor of ${endpoint.name} answered ${floor.status}: ${floor.body.slice(0, 300)}`);
    times.floorBytes = floor.bytes;
    const serverMs = Math.max(1, ...serverTimes);
    perRound = Math.min(MAX_SERVER_REQUESTS_PER_ROUND, Math.max(1, Math.floor(floor.ms / serverMs)));
    if (warmingUp) continue;
    times.server.push(...serverTimes);
    times.floor.push(floor.ms);
  }
  return times;
}
