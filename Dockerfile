# syntax=docker/dockerfile:1
# Build: the .NET 10 SDK restores and publishes the host (.dockerignore keeps bin/, obj/, data/ and tests/ out).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY config/ config/
RUN dotnet publish src/BriefBot/BriefBot.csproj -c Release -o /app --nologo

# Run: the ASP.NET Core runtime (Kestrel serves health, metrics and the Telegram webhook), as a non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY content/ /app/content/
COPY config/ /app/config/
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
# Http__Urls listens on every interface of the container: /healthz/live, /healthz/ready, /metrics, and the
# Telegram webhook path in webhook mode. SQLite by default; docker-compose.yml runs PostgreSQL instead.
ENV DOTNET_ENVIRONMENT=Production \
    Content__Path=/app/content \
    Storage__ConnectionString="Data Source=/app/data/briefbot.db" \
    Http__Urls=http://+:8080
EXPOSE 8080
# The runtime image has no curl: the app asks itself (exit 0 when /healthz/live answers 200).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["dotnet", "BriefBot.dll", "healthcheck"]
# Mount your own articles, settings and database:
#   docker run -p 8080:8080 -v $PWD/content:/app/content -v $PWD/config:/app/config -v briefbot-data:/app/data -e Telegram__Token=... briefbot
VOLUME ["/app/content", "/app/config", "/app/data"]
ENTRYPOINT ["dotnet", "BriefBot.dll", "run"]
