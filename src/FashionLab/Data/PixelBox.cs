namespace FashionLab.Data;

/// <summary>A rectangle in pixel coordinates: left, top, width, height.</summary>
public readonly record struct PixelBox(int X, int Y, int Width, int Height);
