; Inno Setup script: a per-user installer for coopdesk (no administrator rights).
;
;     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
;
; build.ps1 builds the app with PyInstaller into build\bundle\coopdesk, then compiles this
; script with /DAppVersion=<version>, giving dist\coopdesk-<version>-windows-x64-setup.exe.
; The app goes to %LOCALAPPDATA%\Programs\coopdesk with a Start menu entry; workspaces,
; settings and logs live apart in %LOCALAPPDATA%\coopdesk and survive an uninstall unless
; the user says otherwise (or runs the uninstaller with /PURGE=yes).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "coopdesk"
#define Bundle "..\..\build\bundle\coopdesk"
#define Icons "..\..\build\pyinstaller\coopdesk\icons"

[Setup]
; Never change AppId: it is how an upgrade finds the installed version.
AppId={{6E0F3C57-9B0A-4E59-9A77-C00DE5C00001}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=coopdesk
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile={#Icons}\coopdesk.ico
UninstallDisplayIcon={app}\coopdesk.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.DeleteUserData=Supprimer aussi vos espaces de coopération, leurs sauvegardes, vos réglages et les journaux de coopdesk (dossier %1) ?%n%nChoisissez Non pour les conserver (recommandé) : une nouvelle installation les retrouvera.
en.DeleteUserData=Also delete your coopdesk workspaces, their backups, your settings and the logs (folder %1)?%n%nChoose No to keep them (recommended): a new installation will find them again.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries whole: no module of the old version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\coopdesk.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\coopdesk.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\coopdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app may write next to itself (none today); user data is handled below.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
var
  DeleteUserData: Boolean;

function UserDataFolder(): String;
begin
  { platformdirs puts data, settings, cache and logs under one folder on Windows. }
  Result := ExpandConstant('{localappdata}\coopdesk');
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  DeleteUserData := CompareText(ExpandConstant('{param:PURGE|no}'), 'yes') = 0;
  if (not DeleteUserData) and (not UninstallSilent) and DirExists(UserDataFolder()) then
    DeleteUserData := MsgBox(FmtMessage(CustomMessage('DeleteUserData'), [UserDataFolder()]),
                             mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteUserData then
    DelTree(UserDataFolder(), True, True, True);
end;
