#!/usr/bin/env bash
# Adds a migration of the library's tables for both providers (SQLite and PostgreSQL) after a model change.
# Usage: eng/add-migration.sh <Name>        (needs the dotnet-ef tool of the EF Core version in Directory.Packages.props:
#        dotnet tool install --global dotnet-ef --version 10.0.15)
# The migrations are generated code: they are made internal (they are not part of the public API) and kept under
# src/VnChildProtection.EntityFrameworkCore/Migrations/<Provider>/ with their model snapshot.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: eng/add-migration.sh <Name>}
ef=${DOTNET_EF:-dotnet-ef}
project=src/VnChildProtection.EntityFrameworkCore
for provider in Sqlite PostgreSql; do
  "$ef" migrations add "$name" --project "$project" --startup-project tests/VnChildProtection.EntityFrameworkCore.Tests \
    --context "VnChildProtection${provider}DbContext" --output-dir "Migrations/$provider" \
    --namespace "VnChildProtection.EntityFrameworkCore.Migrations.$provider" --configuration Release --framework net10.0
  # dotnet-ef writes the snapshot into a folder named after the namespace: keep it beside the migrations.
  if [ -d "$project/VnChildProtection" ]; then
    mv "$project"/VnChildProtection/EntityFrameworkCore/Migrations/"$provider"/*.cs "$project/Migrations/$provider/"
    rm -rf "$project/VnChildProtection"
  fi
  sed -i 's/^    public partial class/    internal partial class/; s/^    partial class/    internal partial class/' "$project/Migrations/$provider"/*.cs
done
