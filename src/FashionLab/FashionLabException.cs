namespace FashionLab;

/// <summary>
/// An error caused by the user's input (a config, a flag, a data file, an image). Its message is one line that names
/// the input and the problem; the CLI prints it without a stack trace and exits non-zero.
/// </summary>
public class FashionLabException(string message, Exception? inner = null) : Exception(message, inner);
