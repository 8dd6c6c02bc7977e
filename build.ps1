#!/usr/bin/env pwsh
# Build the site, check the docset and run the tests (or pack the tool): a thin wrapper over the same dotnet commands as the README.
param(
    [ValidateSet('all', 'build', 'check', 'test', 'pack')] [string] $Target = 'all',
    [string] $Docset = 'content',
    [string] $Output = '_site'
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Step([string] $Name, [scriptblock] $Step) {
    Write-Host "==> $Name"
    & $Step
    if ($LASTEXITCODE -ne 0) { throw "$Name failed with exit code $LASTEXITCODE" }
}

if ($Target -in 'all', 'build') { Invoke-Step 'build' { dotnet run --project src/PartnerDocs.Cli -- build $Docset -o $Output } }
if ($Target -in 'all', 'check') { Invoke-Step 'check' { dotnet run --project src/PartnerDocs.Cli -- check $Docset } }
if ($Target -in 'all', 'test') { Invoke-Step 'test' { dotnet test PartnerDocs.sln } }
if ($Target -eq 'pack') { Invoke-Step 'pack' { dotnet pack src/PartnerDocs.Cli -c Release -o nupkg } }
