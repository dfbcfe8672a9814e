// The deployment targets and these checks are Linux: /proc, mount namespaces, setpriv, the linux-x64 Bicep CLI.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
