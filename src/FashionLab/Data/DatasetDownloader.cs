
namespace FashionLab.Data;

/// <summary>
/// Downloads the four gzip files from a Fashion-MNIST mirror, checks each file's unpacked content against the known
/// checksum, and only then moves it into place, so a failed or partial download never replaces good data.
/// </summary>
public sealed class DatasetDownloader(HttpClient http)
{
    public const string OfficialMirror = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";

    public async Task<IReadOnlyList<FileVerification>> DownloadAsync(string targetDirectory, string? mirror = null,
        IProgress<string>? progress = null, CancellationToken cancel = default)
    {
        var baseUri = new Uri((mirror ?? OfficialMirror).TrimEnd('/') + "/");
        Directory.CreateDirectory(targetDirectory);
        var results = new List<FileVerification>();
        foreach (var file in DatasetFile.All)
        {
            var uri = new Uri(baseUri, file.Name + ".gz");
            var target = Path.Combine(targetDirectory, file.Name + ".gz");
            progress?.Report($"downloading {uri}");
            byte[] bytes;
            try
            {
                bytes = await http.GetByteArrayAsync(uri, cancel);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                throw new FashionLabException(
                    $"download of {uri} failed ({e.Message.TrimEnd('.')}); offline? Install the Debian package instead " +
                    "(apt-get install dataset-fashion-mnist), or copy the four .gz files into data/fashion-mnist/, " +
                    $"or point --data-dir / ${DataLocator.EnvironmentVariable} at them");
            }
            var temp = target + ".download";
            await File.WriteAllBytesAsync(temp, bytes, cancel);
            try
            {
                var content = IdxReader.Read(temp, file.Name.Contains("images") ? 3 : 1);
                var verification = new FileVerification(target, content.Md5, file.UnpackedMd5);
                if (!verification.Verified)
                    throw new FashionLabException($"{uri}: checksum mismatch (unpacked MD5 {content.Md5}, expected {file.UnpackedMd5})");
                File.Move(temp, target, overwrite: true);
                results.Add(verification);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }
        return results;
    }
}
