using SamenOpleiden.Advisor.Host.Cli;

// Without a verb the executable runs the service; verbs (rules validate, assess, chat, ...) are CLI tools.
return await AdvisorCommandLine.InvokeAsync(args);

/// <summary>Entry point; public so WebApplicationFactory can start the service in tests.</summary>
public partial class Program;
