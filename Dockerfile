# syntax=docker/dockerfile:1
# Build: the .NET 10 SDK restores and publishes the host.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BriefBot.sln .editorconfig ./
COPY src/ src/
COPY tests/ tests/
COPY config/ config/
RUN dotnet publish src/BriefBot/BriefBot.csproj -c Release -o /app --nologo

# Run: the ASP.NET Core runtime (Kestrel serves the Telegram webhook), as a non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY content/ /app/content/
COPY config/ /app/config/
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
ENV DOTNET_ENVIRONMENT=Production \
    Content__Path=/app/content \
    Storage__ConnectionString="Data Source=/app/data/briefbot.db"
# Mount your own articles, settings and database:
#   docker run -v $PWD/content:/app/content -v $PWD/config:/app/config -v briefbot-data:/app/data -e Telegram__Token=... briefbot
VOLUME ["/app/content", "/app/config", "/app/data"]
ENTRYPOINT ["dotnet", "BriefBot.dll", "run"]
