; Inno Setup 6 script: per-user installer for the one-folder build in dist\IdP Wizard.
;
;   iscc /DAppVersion=0.1.0 build_spec\windows\idp_wizard.iss
;   -> dist\installer\IdP-Wizard-<version>-setup.exe
;
; Per-user, no administrator rights (IT admins often have none on their own laptop):
; installs to %LOCALAPPDATA%\Programs\IdP Wizard, Start-menu entry for this user only.
; Uninstalling keeps the user's data (%LOCALAPPDATA%\IdP Wizard: database, logs) unless
; they choose to remove it when asked. Keychain entries (Windows Credential Manager) are
; removed by Disconnect in the app, not by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "IdP Wizard"
#define AppExe "IdP Wizard.exe"
#define SourceDir "..\..\dist\IdP Wizard"

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{6C1D2F0E-8B57-4E5A-9B0C-2F1A7E3D9C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=IdP-Wizard-{#AppVersion}-setup
SetupIconFile=idp_wizard.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running copy before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
en.RemoveDataQuestion=Also remove your IdP Wizard data (the local database of synced users, settings and logs in %1)?%n%nThe connection in your identity provider is not changed. Choose No to keep the data for a later reinstall.
de.RemoveDataQuestion=Auch Ihre IdP-Wizard-Daten entfernen (die lokale Datenbank der synchronisierten Benutzer, Einstellungen und Protokolle in %1)?%n%nDie Verbindung in Ihrem Identitätsanbieter wird nicht geändert. Wählen Sie Nein, um die Daten für eine spätere Neuinstallation zu behalten.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Bytecode caches and the like the app may leave in its own folder.
Type: filesandordirs; Name: "{app}"

[Code]
// The data folder is platformdirs.user_data_dir("IdP Wizard", roaming=False):
// %LOCALAPPDATA%\IdP Wizard. Only asked interactively; a silent uninstall keeps it.
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and not UninstallSilent() then
  begin
    if MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir()]),
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      if not DelTree(DataDir(), True, True, True) then
        MsgBox(DataDir() + ' could not be removed completely.', mbError, MB_OK);
    end;
  end;
end;
