; Inno Setup 6 script: a Windows installer for the PyInstaller bundle dist\dmtracker\.
; Build it on Windows after the bundle (packaging/README.md, "Windows"):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\dmtracker.iss
; Writes dist\dmtracker-<version>-windows-x64-setup.exe. Installs for the current user by default
; (no administrator needed); the user can choose all users in the first dialog.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The app id of dmtracker.APP_ID; never change it, or upgrades install side by side.
AppId=org.dmtracker.DMTracker
AppName=dmtracker
AppVersion={#AppVersion}
AppVerName=dmtracker {#AppVersion}
AppPublisher=The dmtracker developers
DefaultDirName={autopf}\dmtracker
DefaultGroupName=dmtracker
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; PySide6 6.11 wheels are 64-bit and need Windows 10 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=dmtracker-{#AppVersion}-windows-x64-setup
SetupIconFile=packaging\icons\dmtracker.ico
UninstallDisplayIcon={app}\dmtracker.exe
UninstallDisplayName=dmtracker
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The diary itself (%APPDATA%\dmtracker) is the user's: the uninstaller never touches it.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\dmtracker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle: no stale libraries from the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\dmtracker"; Filename: "{app}\dmtracker.exe"; Comment: "Private diary for dermatomyositis"
Name: "{autodesktop}\dmtracker"; Filename: "{app}\dmtracker.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\dmtracker.exe"; Description: "{cm:LaunchProgram,dmtracker}"; Flags: nowait postinstall skipifsilent
