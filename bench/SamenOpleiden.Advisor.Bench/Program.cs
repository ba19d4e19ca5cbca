// Benchmarks of the advisor; see bench/README.md. Filled in with the rules core benchmark.
return 0;
