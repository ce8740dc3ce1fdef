# syntax=docker/dockerfile:1
# Portail Tiers: the API (NestJS) serving the built portal (Angular) on one port.
#   docker compose up --build   (see docker-compose.yml: PostgreSQL 17, Mailpit, the app)

# ---- build: every dependency, then the production builds of the API and the portal ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=true
COPY package.json package-lock.json ./
# `npm install`, not `npm ci`: the lockfile was made on one platform and lacks the optional
# native packages (Nx, SWC, esbuild…) of the others, which `npm install` adds.
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --projects=api,portal

# ---- runtime: the builds and the production dependencies only, run by a non-root user ----
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
# dist/apps/api/main.js serves dist/apps/portal/browser (defaultPortalDir in apps/api/src/main.ts).
COPY --from=build /app/dist ./dist
# Without DATABASE_URL the API starts an embedded PostgreSQL in .data: the user must own it.
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/main.js"]
