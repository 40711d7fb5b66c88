; Inno Setup script: a per-user installer of the one-folder zhdesk (dist\zhdesk from `make dist` on Windows).
; Build: iscc packaging\windows\zhdesk.iss  →  dist\zhdesk-0.1.0-setup.exe
; `make windows-check` (check.sh) builds it on Linux under Wine with
;   iscc /DAppVersion=X.Y.Z /DBundleDir=<the Windows bundle> /O<dist> packaging\windows\zhdesk.iss
; - installs into %LOCALAPPDATA%\Programs\zhdesk without administrator rights
; - Start menu entry, optional desktop icon
; - .zhform and .zhsub open in zhdesk (double-click → `zhdesk.exe FILE`)
; - uninstall removes the program only: the user's store (%LOCALAPPDATA%\zhdesk, platformdirs) is kept

#define AppName "zhdesk"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\zhdesk"
#endif
#define AppExe "zhdesk.exe"

[Setup]
AppId={{3F6B2C1E-9A57-4D0B-8E2F-5C1D7A9B4E60}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=zhdesk
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=zhdesk-{#AppVersion}-setup
SetupIconFile=zhdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "ukrainian"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; per-user file types (HKCU\Software\Classes): removed on uninstall
Root: HKCU; Subkey: "Software\Classes\.zhform"; ValueType: string; ValueName: ""; ValueData: "zhdesk.form"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\zhdesk.form"; ValueType: string; ValueName: ""; ValueData: "zhdesk form package"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\zhdesk.form\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\zhdesk.form\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.zhsub"; ValueType: string; ValueName: ""; ValueData: "zhdesk.submission"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\zhdesk.submission"; ValueType: string; ValueName: ""; ValueData: "zhdesk submission"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\zhdesk.submission\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\zhdesk.submission\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself wrote into {app}; the store lives elsewhere and is kept
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
