;; binary-trees (benches/gc/binary_trees.wat): a real allocation workload on both ISAs,
;; eagerly and lazily; each answer is the sum of every tree's node count.
(module
  (type $node (struct (field $left (ref null $node)) (field $right (ref null $node))))
  (func $make (param $depth i32) (result (ref $node))
    (if (result (ref $node)) (i32.eqz (local.get $depth))
      (then (struct.new $node (ref.null $node) (ref.null $node)))
      (else
        (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
        (struct.new $node (call $make (local.get $depth)) (call $make (local.get $depth))))))
  (func $check (param $n (ref $node)) (result i32)
    (local $left (ref null $node))
    (local.set $left (struct.get $node $left (local.get $n)))
    (if (result i32) (ref.is_null (local.get $left))
      (then (i32.const 1))
      (else
        (i32.add (i32.const 1)
          (i32.add (call $check (ref.as_non_null (local.get $left)))
                   (call $check (ref.as_non_null (struct.get $node $right (local.get $n)))))))))
  (func (export "run") (param $n i32) (result i32)
    (local $sum i32) (local $long (ref null $node)) (local $d i32) (local $i i32) (local $iterations i32)
    (local.set $sum (call $check (call $make (i32.add (local.get $n) (i32.const 1)))))
    (local.set $long (call $make (local.get $n)))
    (local.set $d (i32.const 4))
    (block $done
      (loop $depths
        (br_if $done (i32.gt_u (local.get $d) (local.get $n)))
        (local.set $iterations (i32.shl (i32.const 1) (i32.add (i32.sub (local.get $n) (local.get $d)) (i32.const 4))))
        (local.set $i (i32.const 0))
        (loop $trees
          (local.set $sum (i32.add (local.get $sum) (call $check (call $make (local.get $d)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $trees (i32.lt_u (local.get $i) (local.get $iterations))))
        (local.set $d (i32.add (local.get $d) (i32.const 2)))
        (br $depths)))
    (i32.add (local.get $sum) (call $check (ref.as_non_null (local.get $long))))))
(assert_return (invoke "run" (i32.const 4)) (i32.const 590))
(assert_return (invoke "run" (i32.const 10)) (i32.const 135854))
(assert_return (invoke "run" (i32.const 12)) (i32.const 674478))
