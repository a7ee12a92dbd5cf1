# syntax=docker/dockerfile:1
# Build with the SDK, run on the chiseled ASP.NET image: no shell, no package manager, non-root by default.
# Configuration comes from environment variables (ConnectionStrings__Mongo, Coordinators__ApiKeys__0, …); no secrets are baked in.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Lcoo.Summit/Lcoo.Summit.csproj src/Lcoo.Summit/
COPY src/Lcoo.Summit.Api/Lcoo.Summit.Api.csproj src/Lcoo.Summit.Api/
RUN dotnet restore src/Lcoo.Summit.Api/Lcoo.Summit.Api.csproj
COPY src/ src/
COPY seed-data/ seed-data/
COPY deploy/publish deploy/publish
RUN bash deploy/publish /app && mkdir -p /data

# The -extra variant carries ICU and tzdata: venue time zones and English day names need them.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY --from=build --chown=1654:1654 /data /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Storage__DataDirectory=/data
USER 1654
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["dotnet", "Lcoo.Summit.Api.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "Lcoo.Summit.Api.dll"]
