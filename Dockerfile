# syntax=docker/dockerfile:1
# Build: the same restore/publish steps CI runs.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Lcoo.Summit.sln ./
COPY src/Lcoo.Summit/Lcoo.Summit.csproj src/Lcoo.Summit/
COPY src/Lcoo.Summit.Api/Lcoo.Summit.Api.csproj src/Lcoo.Summit.Api/
RUN dotnet restore src/Lcoo.Summit.Api/Lcoo.Summit.Api.csproj
COPY src/ src/
COPY seed-data/ seed-data/
RUN dotnet publish src/Lcoo.Summit.Api/Lcoo.Summit.Api.csproj -c Release -o /app --no-restore

# Run: ASP.NET runtime only, non-root, configured by environment variables.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends tzdata curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__DataDirectory=/data
RUN mkdir -p /data && chown app:app /data
USER app
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD curl --fail --silent http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "Lcoo.Summit.Api.dll"]
