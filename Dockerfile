# syntax=docker/dockerfile:1
# The ecomctl image: the binary alone on Debian slim, run as a non-root user.
#
#   docker build -t ecomctl .
#   docker run --rm -e DATABASE_URL=… -e MEILI_URL=… -e MEILI_API_KEY=… ecomctl doctor
#   docker run --rm -p 127.0.0.1:9187:9187 -e … ecomctl sync --watch --metrics-addr 0.0.0.0:9187 --log-format json
#
# See docs/production.md (docker-compose.yml's `sync` service, deploy/kubernetes/).

FROM rust:1-bookworm AS build
WORKDIR /build

# The dependencies first, in a layer of their own: rebuilt only when
# Cargo.toml or Cargo.lock change, not for every change to the source.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src \
 && echo 'fn main() {}' > src/main.rs \
 && cargo build --release --locked \
 && rm -rf src

# Then ecomctl itself: its source, and what it embeds at compile time (the
# migrations, the demo data). The touch makes cargo rebuild the placeholder.
COPY src ./src
COPY migrations ./migrations
COPY assets ./assets
RUN touch src/main.rs \
 && cargo build --release --locked \
 && install -m 0755 target/release/ecomctl /usr/local/bin/ecomctl


FROM debian:bookworm-slim

# ca-certificates: the system roots for TLS to PostgreSQL (sslrootcert=system)
# and Meilisearch; curl: for health checks (/healthz, /readyz).
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*

# A fixed numeric id, so Kubernetes' runAsNonRoot can check it.
RUN groupadd --system --gid 10001 ecomctl \
 && useradd --system --uid 10001 --gid ecomctl --home-dir /nonexistent --no-create-home \
        --shell /usr/sbin/nologin ecomctl

COPY --from=build /usr/local/bin/ecomctl /usr/local/bin/ecomctl

USER 10001:10001
# ecomctl reads a .env from its working directory: / is not writable by it.
WORKDIR /
# `sync --watch --metrics-addr 0.0.0.0:9187`: /metrics, /healthz, /readyz.
EXPOSE 9187

ENTRYPOINT ["ecomctl"]
CMD ["--help"]
