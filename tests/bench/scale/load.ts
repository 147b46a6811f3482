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
};

export type LoadSettings = {
  warmUp: number;
  requests: number;
  /** Stop sooner once this much time went into an endpoint, but not before minRequests. */
  maxMs: number;
  minRequests: number;
};

export type EndpointTimes = { server: number[]; floor: number[]; serverBytes: number; floorBytes: number };

export async function loadEndpoint(http: HttpClient, urls: { server: string; floor: string }, endpoint: Endpoint, settings: LoadSettings): Promise<EndpointTimes> {
  const times: EndpointTimes = { server: [], floor: [], serverBytes: 0, floorBytes: 0 };
  const started = performance.now();
  const total = settings.warmUp + settings.requests;
  for (let i = 0; i < total; i++) {
    const warmingUp = i < settings.warmUp;
    // A slow endpoint gets fewer requests: warm-up stops at a quarter of the time, measuring at all of it.
    const spent = performance.now() - started;
    if (warmingUp && spent > settings.maxMs / 4) {
      i = settings.warmUp - 1;
      continue;
    }
    if (!warmingUp && spent > settings.maxMs && times.server.length >= settings.minRequests) break;

    const { path, ...init } = endpoint.request(i);
    const server = await http.request(`${urls.server}${path}`, init);
    if (server.status >= 300) throw new Error(`${init.method ?? 'GET'} ${path} answered ${server.status}: ${server.body.slice(0, 300)}`);
    const floor = await http.request(`${urls.floor}/${endpoint.name}`);
    if (floor.status !== 200) throw new Error(`the floor of ${endpoint.name} answered ${floor.status}: ${floor.body.slice(0, 300)}`);
    if (warmingUp) continue;
    times.server.push(server.ms);
    times.floor.push(floor.ms);
    times.serverBytes = server.bytes;
    times.floorBytes = floor.bytes;
  }
  return times;
}
