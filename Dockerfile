# syntax=docker/dockerfile:1
# cwg-bot container image (docs/deployment.md). Build: docker build -t cwg-bot .   (BuildKit: npm's cache is a cache mount)
# Run:   docker run -d --name cwg-bot --env-file cwg-bot.env -p 3000:3000 -v cwg-bot-data:/var/lib/cwg-bot cwg-bot
# Node 24 by default (the suite passes on 22, 24 and 26, and on 20.11+, which the project is developed on but is past end of life);
# NODE_VERSION=22, 26 or 20 builds the same image.
ARG NODE_VERSION=24

# --- build: every dependency, then the compiled bundles in dist/
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# --- runtime: production dependencies, dist/ and the seed; no TypeScript sources, no dev tools
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    CWG_DATA_FILE=/var/lib/cwg-bot/cwg.db.json \
    CWG_EXPORT_DIR=/var/lib/cwg-bot/exports \
    CWG_LOG_FORMAT=json \
    CWG_ENV_FILE=
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY scripts/build.mjs ./scripts/build.mjs
COPY data/calendar.seed.json ./data/calendar.seed.json
# The service user and its data directory (the volume below).
RUN groupadd --system cwg-bot && useradd --system --gid cwg-bot --home-dir /var/lib/cwg-bot --shell /usr/sbin/nologin cwg-bot && mkdir -p /var/lib/cwg-bot && chown cwg-bot:cwg-bot /var/lib/cwg-bot
USER cwg-bot
VOLUME ["/var/lib/cwg-bot"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/start.js"]
