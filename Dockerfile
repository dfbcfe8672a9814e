# CoachBot in a container: built on the official .NET SDK image, run on the official ASP.NET Core runtime image as
# the image's non-root user `app` (uid 1654), listening on ASPNETCORE_HTTP_PORTS (8080, set by the base image).
#
#   docker build -t coachbot .
#   docker run --rm -p 8080:8080 -v coachbot-data:/app/data coachbot
#
# The published app in /app belongs to root and cannot be changed by the running bot; the only folder it writes is
# the data volume /app/data (the SQLite file, data/coachbot.db relative to /app). A deployed bot with several
# instances uses Table Storage instead (Storage__AzureTables__Endpoint): SQLite on a network share is not safe.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore from the project files alone, so this layer is reused until a dependency changes. Every project the host
# references is listed here (a test checks the list against the project references).
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/CoachBot/CoachBot.csproj src/CoachBot/
COPY src/CoachBot.BotFramework/CoachBot.BotFramework.csproj src/CoachBot.BotFramework/
COPY src/CoachBot.Coaching/CoachBot.Coaching.csproj src/CoachBot.Coaching/
COPY src/CoachBot.Llm/CoachBot.Llm.csproj src/CoachBot.Llm/
COPY src/CoachBot.Storage/CoachBot.Storage.csproj src/CoachBot.Storage/
COPY src/CoachBot.Understanding.Embeddings/CoachBot.Understanding.Embeddings.csproj src/CoachBot.Understanding.Embeddings/
COPY src/CoachBot.Understanding.Embeddings/build/ src/CoachBot.Understanding.Embeddings/build/
RUN dotnet restore src/CoachBot/CoachBot.csproj --runtime linux-x64

COPY src/ src/
COPY dialogs/ dialogs/
COPY prompts/ prompts/
RUN dotnet publish src/CoachBot/CoachBot.csproj --configuration Release --runtime linux-x64 --self-contained false \
    --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./

# The data folder exists and belongs to `app` before it becomes a volume, so a new named volume starts out writable.
RUN mkdir /app/data && chown "$APP_UID:$APP_UID" /app/data
VOLUME ["/app/data"]

# ONNX Runtime (it runs the matcher's model) sends usage telemetry and keeps a device id under the home folder unless
# told otherwise: off, and any cache it still keeps goes to the volume, the one folder the app writes.
ENV ORT_DISABLE_TELEMETRY=1 XDG_CACHE_HOME=/app/data/.cache

USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "CoachBot.dll"]
