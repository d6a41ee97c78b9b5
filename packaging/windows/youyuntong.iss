; Inno Setup 6 script: turns the one-folder bundle (dist\youyuntong, made by build_installer.py)
; into youyuntong-setup-<version>.exe. Build on Windows:
;     python build_installer.py
;     iscc packaging\windows\youyuntong.iss            (or: iscc /DAppVersion=0.2.0 ...)
;
; Per-user install (no administrator needed): the program goes to
; %LOCALAPPDATA%\Programs\Youyuntong, the station's data folder is %LOCALAPPDATA%\Youyuntong
; (app/paths.py). Uninstalling removes the program only: the station database, backups and printed
; PDFs stay in the data folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Youyuntong Station"
#define AppNameZh "邮运通村站"
#define AppExe "youyuntong.exe"
#define CliExe "youyuntong-cli.exe"
#define Bundle "..\..\dist\youyuntong"
#define IconFile "..\..\build\youyuntong.ico"

[Setup]
AppId={{8C3F1E52-6B1D-4C51-9A0E-5D7A2B8F4C21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Youyuntong
AppVerName={#AppNameZh} {#AppVersion}
DefaultDirName={autopf}\Youyuntong
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=youyuntong-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppNameZh} ({#AppName})
#if FileExists(AddBackslash(SourcePath) + IconFile)
SetupIconFile={#IconFile}
#endif

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; the station's data folder (database, backups, logs, printed PDFs), kept on uninstall
Name: "{localappdata}\Youyuntong"; Flags: uninsneveruninstall
Name: "{localappdata}\Youyuntong\prints"; Flags: uninsneveruninstall

[Icons]
Name: "{group}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{localappdata}\Youyuntong"
Name: "{group}\{#AppNameZh} 命令行 (CLI)"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --help"; WorkingDir: "{localappdata}\Youyuntong"
Name: "{group}\打印文件 (Printed PDFs)"; Filename: "{localappdata}\Youyuntong\prints"
Name: "{group}\{cm:UninstallProgram,{#AppNameZh}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{localappdata}\Youyuntong"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent
