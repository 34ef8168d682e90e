;; A module wasm-smith generated (differential seed 30461376, SIMD enabled) on which wasmi
;; computed other values after this sequence of calls; onepass agrees with wasmtime
;; (onepass-compare replay), whose values are asserted here.
(module binary "\00asm\01\00\00\00\01\0d\02`\00\01\7f`\01\7f\04o{{~\03\02\01\01\04\06\01o\01m\bd\05\06Y\0a~\00B\a1\bb\89\b2\e9\8e\ee\83!\0b|\00D\dd?.\c2\df\13S\a0\0b}\01Cf\8d\9c\a9\0b}\01C\de\de\0e\ff\0b{\01\fd\0c\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\0b\7f\01A\00\0b\7f\01A\00\0b~\01B\00\0b~\01B\00\0b\7f\01A\e8\07\0b\072\0b\01\09\00\00\00\01\00\012\03\00\013\03\01\014\03\02\015\03\03\016\03\04\0257\03\05\05,<\05\0b{\03\06\01$\03\07\0210\03\08\0a\d2\03\01\cf\03\05\01}\01}\01}\01}\01}#\09E\04@\00\0b#\09A\01k$\09 \00\fc\10\00\fc\10\00 \00\04\01\beB\d7\c3\e2\c1\9a\80\d4\db\00\b4C\00\00\f8\ff\01\95\22\01C\00\00\c0\7f \01 \01[\1b\95\22\02C\00\00\c0\7f \02 \02[\1b\90\22\03C\00\00\c0\7f \03 \03[\1b\ae\baC\94\fe\bfV\8f\22\04C\00\00\c0\7f \04 \04[\1b\8f\22\05C\00\00\c0\7f \05 \05[\1b \00\04{A\a8\c2\ea\e1\04A\ff\ff\ff{\10\00y\ba\fd\14\fd\85\01\fd@\fd|\fd\ca\01\fd\c3\01!\00\fd\0c\0c\02\bc6\81X\bb\af\00q\b3\08w\10J8\00\fd\a8\01\fd\ec\01\fd\84\01\ad \00\fc\10\00 \00pI\acY\fc\0f\00J\c1 \00\fd\0f\fd\7f#\04\fdQ$\04#\05s$\05\fd\0cg\f7\ff\f3p*U\d5\03S\9bn\bc\f8\d8*\05\fd\0c\d3 \e9\22\beZ\c8!wA\8ct\18\99\f8\f1\0b#\04\fdQ$\04\bc#\06s$\06\bd#\07\85$\07\d0o\fd\0cDB\d5\a5[l\1e\15\08\aa9\19\15\19d\f5\fd\0c\ff\ff\ff\fd\ff\ff\ff\ff\00\00\00\00\00\04\00\00B\97\e4\ff\e9\8a\84\c3\a4\c9\00\05#\05s$\05\d0o\fd\0c\13\b7\b6~\93\18\8d}\e4\cfz\0d\8e\e6\b7\f5\fd\0c\ff\ff\ff\ff\ff\ff\1f\00\ff\ff\ff\ff\ff\ff\1f\00B\80\80\80 \0b#\08\85$\08#\04\fdQ$\04#\04\fdQ$\04\1a#\05s$\05#\05s$\05\d0o\fd\0c\ff\ff\ff\07\00\00\00\00\00\00\00\00\00\00\00\00\fd\0c\ff\ff\01\00\00\00\00\00\00@\00\00\00\00\00\00B\e9\90\ba\8a\f3\9a\d8\d8\a6\7f\0b")
(assert_trap (invoke "\09" (i32.const -1)) "invalid conversion to integer")
(assert_trap (invoke "\09" (i32.const -457334375)) "invalid conversion to integer")
(invoke "\09" (i32.const 0))
(assert_return (get "$") (i64.const 0))
(assert_return (get ",<\05\0b{") (i32.const 0))
(assert_return (get "10") (i64.const 67108864))
(assert_return (get "2") (i64.const 2380073747555179937))
(assert_return (get "3") (f64.const -0x1.313dfc22e3fddp-506))
(assert_return (get "4") (f32.const -0x1.391acc0000000p-44))
(assert_return (get "5") (f32.const -0x1.1dbdbc0000000p+127))
(assert_return (get "57") (i32.const 0))
(assert_return (get "6") (v128.const i64x2 9048549054552295660 17701426312570548251))
