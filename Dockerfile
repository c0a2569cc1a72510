# The demo platform and the compose run's sidecar service (target demo), and the platform service's image (target
# platform: the demo, or the image PLATFORM_IMAGE names, as it is), for docker-compose one-shot runs.
ARG PLATFORM_IMAGE=demo

# Build stage: better-sqlite3 compiles its native module here, so the runtime image needs no compiler.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# No k6 inside this image: the k6 service uses the grafana/k6 image. Skip our postinstall that fetches it.
# Where better-sqlite3's prebuilt binary cannot be downloaded, node-gyp compiles it against the headers the node
# image ships under /usr/local/include/node instead of downloading them too.
RUN npm ci --omit=dev --ignore-scripts && npm_config_nodedir=/usr/local npm rebuild better-sqlite3

FROM node:20-bookworm-slim AS demo
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8000 DEMO_DATA_DIR=/data
COPY --from=build /app/node_modules ./node_modules
COPY package.json ./
COPY demo-platform ./demo-platform
COPY sidecar ./sidecar
# The compose sidecar service: runner/cli/compose-run.ts and the HTML report it renders at the end; the
# pure parts of lib/ and thresholds/ that the platform (users spec) and the runner import.
COPY runner ./runner
COPY lib ./lib
COPY thresholds ./thresholds
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 8000
HEALTHCHECK --interval=5s --timeout=3s --retries=10 CMD ["node", "-e", "fetch('http://127.0.0.1:8000/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "demo-platform/main.ts"]

# The platform service: the demo stage above by default; PLATFORM_IMAGE=registry/you:tag takes your image unchanged,
# so `up --build` never builds the demo under your image's name.
FROM ${PLATFORM_IMAGE} AS platform
