#!/usr/bin/env python3
"""A bandwidth-limited TCP proxy on loopback, for benchmarks: what a remote
Meilisearch looks like from ecomctl.

    bench/slow_link.py LISTEN_PORT TARGET_HOST:PORT MBIT_PER_S [LATENCY_MS]

Each direction of each connection is paced to MBIT_PER_S (a token bucket with
a 64 KiB burst) and every chunk is held LATENCY_MS (default 1) before it is
forwarded, like a LAN a few switches away. Listens on 127.0.0.1 only.
"""
import asyncio
import sys
import time

CHUNK = 64 * 1024


async def pipe(reader, writer, bytes_per_second, latency):
    allowance, last = float(CHUNK), time.monotonic()
    try:
        while data := await reader.read(CHUNK):
            now = time.monotonic()
            allowance = min(CHUNK, allowance + (now - last) * bytes_per_second)
            last = now
            allowance -= len(data)
            if allowance < 0:
                await asyncio.sleep(-allowance / bytes_per_second)
            if latency:
                await asyncio.sleep(latency)
            writer.write(data)
            await writer.drain()
    except (ConnectionResetError, BrokenPipeError):
        pass
    finally:
        try:
            writer.close()
        except Exception:
            pass


async def main():
    port, target, mbit = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    latency = (float(sys.argv[4]) if len(sys.argv) > 4 else 1.0) / 1000
    host, target_port = target.rsplit(":", 1)
    rate = mbit * 1_000_000 / 8

    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(host, int(target_port))
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, server_writer, rate, latency),
                             pipe(server_reader, client_writer, rate, latency))

    server = await asyncio.start_server(handle, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
