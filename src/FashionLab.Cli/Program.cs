using FashionLab.Data;
using FashionLab.Models;
using FashionLab.Training;
using static TorchSharp.torch;

var device = ComputeDevice.Resolve("cpu");
var sw = System.Diagnostics.Stopwatch.StartNew();
using var data = FashionMnist.Load(DataLocator.Locate(), new DataSplitOptions(TrainLimit: int.Parse(args[0])));
Console.WriteLine($"loaded in {sw.Elapsed.TotalSeconds:F1}s verified={data.Verified} {string.Join(",", data.Verification.Select(v => v.Md5))}");
manual_seed(1);
var model = ModelPresets.Create(new ModelSpec());
if (args.Length > 1) model.ToChannelsLast();
var trainer = new Trainer(device, new Progress<TrainingProgress>(p => { }));
var result = trainer.Train(model, data, new TrainingOptions(Epochs: 1));
foreach (var e in result.Epochs) Console.WriteLine(e);
var ev = Evaluator.Evaluate(model, data.Test, device);
Console.WriteLine($"eval {ev.ImagesPerSecond:F0} img/s acc {ev.Accuracy}");
