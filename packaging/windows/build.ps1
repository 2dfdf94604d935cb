# Build the Windows installer: dist\coopdesk-<version>-windows-x64-setup.exe
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (python.org or the Microsoft Store) and Inno Setup 6
# (https://jrsoftware.org, or `winget install JRSoftware.InnoSetup`). Makes .venv when it is
# missing, installs coopdesk with its `package` extra (PyInstaller), builds the one-folder app
# (packaging\coopdesk.spec), runs its --smoke-test, then compiles packaging\windows\coopdesk.iss.
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "build.ps1: $What failed (exit code $LASTEXITCODE)" }
}

$Python = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Python)) {
    Invoke-Checked "creating .venv" { py -3 -m venv .venv }
}
Invoke-Checked "pip install" { & $Python -m pip install -q -e ".[package]" }
$Version = (& $Python -c "import coopdesk; print(coopdesk.__version__)").Trim()

Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --clean --log-level WARN `
        --workpath build\pyinstaller --distpath build\bundle packaging\coopdesk.spec
}

# The app has no console window, so its smoke test reports through its exit code only.
$env:QT_QPA_PLATFORM = "offscreen"
$Smoke = Start-Process -FilePath "build\bundle\coopdesk\coopdesk.exe" -ArgumentList "--smoke-test" `
    -Wait -PassThru -NoNewWindow
Remove-Item Env:\QT_QPA_PLATFORM
if ($Smoke.ExitCode -ne 0) { throw "build.ps1: the frozen app's --smoke-test failed ($($Smoke.ExitCode))" }

$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
foreach ($Candidate in @("$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
                         "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
                         "$env:ProgramFiles\Inno Setup 6\ISCC.exe")) {
    if (-not $Iscc -and (Test-Path $Candidate)) { $Iscc = $Candidate }
}
if (-not $Iscc) { throw "build.ps1: Inno Setup 6 (ISCC.exe) was not found" }
New-Item -ItemType Directory -Force dist | Out-Null
Invoke-Checked "Inno Setup" { & $Iscc /Q "/DAppVersion=$Version" packaging\windows\coopdesk.iss }

$Setup = Get-Item "dist\coopdesk-$Version-windows-x64-setup.exe"
"built $($Setup.FullName) ($([math]::Round($Setup.Length / 1MB, 1)) MB)"
