namespace BriefBot.Telegram.Api;

/// <summary>
/// Wraps the Bot API client's HTTP handler, outermost. None is registered in production; a test host registers one to
/// watch requests on the wire (the fake server stays at the far end of a real socket).
/// </summary>
public delegate HttpMessageHandler BotApiHandlerWrapper(HttpMessageHandler inner);
