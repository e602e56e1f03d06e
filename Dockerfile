# One image for every process; the command picks which one runs:
#   node gateway/dist/main.js               (default)
#   node services/partners/dist/main.js     (also journeys, outcomes)
#   node scripts/dist/migrate.js            (one-shot: roles, migrations, demo data)
#   node scripts/dist/token.js --org <slug> --role <ROLE>
# See docs/operations.md and docker-compose.yml.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1
# The npm the lockfile was made with; it honours package.json allowScripts, the bundled npm 10 does not.
RUN npm install -g npm@11.19.1 --no-audit --no-fund
# Manifests first, so the dependency layer is reused until one of them changes.
COPY package.json package-lock.json .npmrc ./
COPY services/kit/package.json services/kit/
COPY services/partners/package.json services/partners/
COPY services/journeys/package.json services/journeys/
COPY services/outcomes/package.json services/outcomes/
COPY gateway/package.json gateway/
COPY schema/client/package.json schema/client/
COPY app/package.json app/
COPY scripts/package.json scripts/
COPY test/package.json test/
# Not `npm ci`: the lockfile lacks the non-Linux optional packages this registry does not serve.
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
# Owned by node so that a named volume mounted here (development keys) is writable by it.
RUN mkdir /data && chown node:node /data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/schema schema
COPY --from=build /app/services/kit/package.json services/kit/
COPY --from=build /app/services/kit/dist services/kit/dist
COPY --from=build /app/services/partners/package.json services/partners/
COPY --from=build /app/services/partners/dist services/partners/dist
COPY --from=build /app/services/journeys/package.json services/journeys/
COPY --from=build /app/services/journeys/dist services/journeys/dist
COPY --from=build /app/services/outcomes/package.json services/outcomes/
COPY --from=build /app/services/outcomes/dist services/outcomes/dist
COPY --from=build /app/gateway/package.json gateway/
COPY --from=build /app/gateway/dist gateway/dist
# The web app: static files the gateway serves at /.
COPY --from=build /app/app/dist app/dist
COPY --from=build /app/scripts/package.json scripts/
COPY --from=build /app/scripts/dist scripts/dist
USER node
EXPOSE 4000 4001 4002 4003
CMD ["node", "gateway/dist/main.js"]
